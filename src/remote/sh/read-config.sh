# Usage: read-config.sh CANDIDATE... -- MODULE_DIR...   (see read_config in lib/config.sh)
# needs: records ids config
read_config "$@"
