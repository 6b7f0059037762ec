# Usage: read-config.sh CANDIDATE...   (see read_config in the prelude)
read_config "$@"
