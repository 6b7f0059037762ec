# Usage: wait-reload.sh LOG OFFSET HASH TIMEOUT_TENTHS
# Waits for the running mux to log what it made of the config written after OFFSET (see wait_reload).
wait_reload "$1" "$2" "$3" "$4"
exit 0
