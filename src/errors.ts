/**
 * Errors that mean "the command line or an input file is wrong": the CLI turns them into exit code 2.
 * Everything that goes wrong on a host is carried as data in that host's outcome instead.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** One line per problem, each as `path: message`. */
  readonly issues: string[];
  constructor(message: string, issues: string[] = []) {
    super(message);
    this.issues = issues;
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
