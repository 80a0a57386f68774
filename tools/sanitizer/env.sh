# Runtime options of a sanitizer build (sourced by tools/sanitize.sh, tools/fuzz.sh and bench/fuzz).
_candor_sanitizer_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# detect_container_overflow=0: libtorch (and OpenCV) are uninstrumented distribution builds; annotated std::vector
# storage shared with them gives false container-overflow reports. Every other ASan check stays on.
export ASAN_OPTIONS="detect_container_overflow=0:detect_leaks=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# Leaks of Qt, fontconfig and libtorch's process-lifetime objects are theirs, not Candor's (lsan.supp says which).
export LSAN_OPTIONS="suppressions=$_candor_sanitizer_dir/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$_candor_sanitizer_dir/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
unset _candor_sanitizer_dir
