/** Thrown when a feature needs an optional package that is not installed; the message says what to install. */
export class MissingPackage extends Error {
  constructor(
    readonly packageName: string,
    feature: string,
  ) {
    super(
      `${feature} needs the optional package ${packageName}, which is not installed. Run: npm install ${packageName}`,
    );
  }
}

function isNotFound(error: unknown, packageName: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    String((error as Error).message).includes(packageName)
  );
}

/**
 * Loads an optional package (a peer dependency the library does not need: only the CLI feature does), or throws
 * `MissingPackage` naming it and the command that installs it. Other load errors pass through.
 */
export async function loadOptional<T>(
  packageName: string,
  feature: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isNotFound(error, packageName)) throw new MissingPackage(packageName, feature);
    throw error;
  }
}
