# Installs the tokenizer component into PREFIX and runs the installed candor-tokenize there, with no environment
# help: it must find lib/candor/libcandor_spm.so relative to its own bin/, load it beside libtorch, and tokenize.
# Usage: cmake -DBINARY_DIR=<build> -DPREFIX=<tmp prefix> -P InstalledTokenizer.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${PREFIX}" --component tokenizer
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${err}")
endif()
set(tool "${PREFIX}/bin/candor-tokenize")
if(NOT EXISTS "${tool}" OR NOT EXISTS "${PREFIX}/lib/candor/libcandor_spm.so")
    message(FATAL_ERROR "install lacks bin/candor-tokenize or lib/candor/libcandor_spm.so")
endif()

# The executable must not hold copy relocations of sentencepiece or protobuf data: those would bind the module's
# references to the executable's copy and defeat RTLD_DEEPBIND.
find_program(READELF readelf)
if(READELF)
    execute_process(COMMAND "${READELF}" -rW "${tool}" OUTPUT_VARIABLE relocations)
    string(REGEX MATCHALL "[^\n]*R_X86_64_COPY[^\n]*(protobuf|sentencepiece)[^\n]*" copies "${relocations}")
    if(copies)
        message(FATAL_ERROR "copy relocations of sentencepiece/protobuf symbols in ${tool}: ${copies}")
    endif()
endif()

set(corpus "")
foreach(i RANGE 1 60)
    string(APPEND corpus "WHEN the gobierno LIES about mañana ${i} el niño 😂 https://example.com/a?id=${i}\n"
                         "los políticos quieren controlar nuestro dinero and the elites want control\n")
endforeach()
file(WRITE "${PREFIX}/corpus.txt" "${corpus}")
file(WRITE "${PREFIX}/input.txt" "el niño\r\nWHEN 😂")

unset(ENV{CANDOR_SPM_MODULE})
execute_process(COMMAND "${tool}" --train "${PREFIX}/corpus.txt" --vocab 100 --info
                INPUT_FILE "${PREFIX}/input.txt" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "installed candor-tokenize failed (${rc}): ${err}")
endif()
foreach(expected "module\t${PREFIX}/bin/../lib/candor/libcandor_spm.so" "\t0\t2\t▁el\tel\n" "\t14\t15\t" "\t😂\n")
    string(FIND "${out}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "installed candor-tokenize output lacks \"${expected}\":\n${out}")
    endif()
endforeach()
string(FIND "${out}" "\nmask\t4\n" maskAt)
if(maskAt EQUAL -1)
    message(FATAL_ERROR "the [MASK] id is not 4:\n${out}")
endif()
message(STATUS "installed candor-tokenize works:\n${out}")
