# lib/hash.sh: SHA-256 of files, from as few processes as it can.
# needs: records
# The first word of the output, cut by the shell rather than by another process.
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then _h=$(sha256sum < "$1")
  elif command -v shasum >/dev/null 2>&1; then _h=$(shasum -a 256 < "$1")
  else _h=$(openssl dgst -sha256 -r < "$1")
  fi
  printf '%s' "${_h%% *}"
}
# sha256_pair A B: h1 and h2 = the SHA-256 of files A and B, from one process where it can.
sha256_pair() {
  if command -v sha256sum >/dev/null 2>&1; then
    _two=$(sha256sum -- "$1" "$2" 2>/dev/null)
    # One line per file, the hash first; a name with a backslash or newline is escaped, and its line
    # starts with a backslash.
    h1=${_two%%" "*}
    h1=${h1#\\}
    _two=${_two#*"
"}
    h2=${_two%%" "*}
    h2=${h2#\\}
  else
    h1=$(sha256_of "$1") h2=$(sha256_of "$2")
  fi
}
