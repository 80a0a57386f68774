# Sanitizer and fuzzing builds (tools/sanitize.sh drives both; the normal build is unaffected).
#
# CANDOR_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every Candor target (through candor_options).
#   UB is fatal (-fno-sanitize-recover), so a test that hits it fails. Qt, libtorch, OpenCV and SQLite are the
#   distribution's uninstrumented builds: ASan sees their heap but not their internal overflows, and the runtime
#   options in tools/sanitizer/ (leak suppressions for Qt, fontconfig and libtorch's process-lifetime objects;
#   detect_container_overflow=0 for libtorch) are part of running such a build.
# CANDOR_FUZZ: the libFuzzer targets of tests/fuzz (clang only; implies CANDOR_SANITIZE). Candor's own code gets
#   coverage instrumentation (-fsanitize=fuzzer-no-link); only the fuzz executables link libFuzzer's main().
# A target with the property CANDOR_UNINSTRUMENTED set stays a plain build (the sentencepiece module, which a
# sanitizer build loads into a link namespace of its own where the sanitizer runtime is out of reach).
set(_candor_instrumented "$<NOT:$<BOOL:$<TARGET_PROPERTY:CANDOR_UNINSTRUMENTED>>>")
option(CANDOR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CANDOR_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; implies CANDOR_SANITIZE)" OFF)

if(CANDOR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CANDOR_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    set(CANDOR_SANITIZE ON CACHE BOOL "Build with AddressSanitizer and UndefinedBehaviorSanitizer" FORCE)
    target_compile_options(candor_options INTERFACE "$<${_candor_instrumented}:-fsanitize=fuzzer-no-link>")
endif()

if(CANDOR_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang|GNU")
        message(FATAL_ERROR "CANDOR_SANITIZE needs clang or gcc")
    endif()
    target_compile_options(candor_options INTERFACE
        "$<${_candor_instrumented}:-fsanitize=address$<COMMA>undefined;-fno-sanitize-recover=undefined;-fno-omit-frame-pointer>")
    target_link_options(candor_options INTERFACE "$<${_candor_instrumented}:-fsanitize=address$<COMMA>undefined>")
endif()
