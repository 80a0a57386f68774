# One INTERFACE target carries the language standard, warnings and Qt strictness for every Candor target.
add_library(candor_options INTERFACE)
target_compile_features(candor_options INTERFACE cxx_std_17)
# The repository root is the one include root: every include names its layer ("core/store/ProjectStore.h",
# "models/text/TextModel.h"), and the layering check reads those prefixes.
target_include_directories(candor_options INTERFACE ${PROJECT_SOURCE_DIR})
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(candor_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter>)
target_compile_definitions(candor_options INTERFACE
    QT_NO_KEYWORDS                 # torch headers use `slots` as an identifier
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    QT_USE_QSTRINGBUILDER)
