# Shared by every wezfleet remote script. Output is NUL-separated key/value records, which survive
# any byte but NUL; a script that sends a file's bytes sends them last, after the key "content".
export LC_ALL=C
rec() { printf '%s\0%s\0' "$1" "$2"; }
fail() { rec wezfleet-error "$1"; exit 3; }
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum < "$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null 2>&1; then shasum -a 256 < "$1" | cut -d' ' -f1
  else openssl dgst -sha256 -r < "$1" | cut -d' ' -f1
  fi
}
