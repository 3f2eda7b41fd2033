# Sourced by bin/lantern and bin/test: makes sure the JDK, Maven, FAISS and BLAS are present.
# On Debian/Ubuntu it installs what is missing with apt-get (as root, or through sudo when that
# needs no password); elsewhere it says exactly what to install.

lantern_missing_packages() {
  local missing=()
  if ! command -v javac >/dev/null 2>&1 || ! javac -version 2>&1 | grep -Eq 'javac (1[7-9]|[2-9][0-9])'; then
    missing+=(openjdk-17-jdk-headless)
  fi
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  [ -f /usr/include/faiss/IndexFlat.h ] || missing+=(libfaiss-dev)
  ls /usr/lib/*/libblas.so >/dev/null 2>&1 || missing+=(libblas-dev)
  ls /usr/lib/*/liblapack.so >/dev/null 2>&1 || missing+=(liblapack-dev)
  command -v g++ >/dev/null 2>&1 || missing+=(g++)
  echo "${missing[@]:-}"
}

ensure_prerequisites() {
  local missing
  missing=$(lantern_missing_packages)
  [ -z "$missing" ] && return 0
  local apt=""
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      apt="apt-get"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      apt="sudo apt-get"
    fi
  fi
  if [ -z "$apt" ]; then
    echo "Lantern needs these packages, which are missing: $missing" >&2
    echo "On Debian/Ubuntu, install them with: sudo apt-get update && sudo apt-get install -y $missing" >&2
    echo "Elsewhere install a JDK 17+, Maven 3.8+, g++, FAISS 1.7 headers and static library, BLAS and LAPACK." >&2
    exit 1
  fi
  echo "Installing missing prerequisites: $missing" >&2
  DEBIAN_FRONTEND=noninteractive $apt update -qq >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $apt install -y -qq $missing >&2
  missing=$(lantern_missing_packages)
  if [ -n "$missing" ]; then
    echo "Still missing after apt-get install: $missing" >&2
    exit 1
  fi
}
