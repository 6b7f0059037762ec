# Usage: read-config.sh CANDIDATE... -- MODULE_DIR...   (see read_config in the prelude)
read_config "$@"
