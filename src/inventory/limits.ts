/** More hosts than any fleet wezfleet is for: past it, an inventory is refused rather than expanded for minutes. */
export const MAX_INVENTORY_HOSTS = 100_000;
/** Groups nested deeper than this are refused (a generated file gone wrong), before any recursion. */
export const MAX_GROUP_DEPTH = 100;
/** More files than an inventory folder holds: past it, -i probably names a project or a home folder. */
export const MAX_INVENTORY_DIR_FILES = 1_000;
