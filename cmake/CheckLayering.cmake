# Usage: cmake -DSOURCE_DIR=<repo> -P CheckLayering.cmake
# Fails when a layer reaches where it must not:
#  - core/ or widgets/ include torch, core/ includes QtWidgets/QtCharts, models/ includes Qt;
#  - an include does not name its layer from the repository root ("core/...", "models/...", ...);
#  - a layer includes a layer it may not use (core -> widgets/app/models, widgets -> app/models, models -> core
#    except the Qt-free core/metrics, app/jobs -> widgets);
#  - core/metrics and core/text (but its Qt face, CodePoints) include Qt: they are plain C++ libraries
#    that models links;
#  - SQL lives outside core/store: QSqlQuery / QSqlDatabase, or a statement naming a project table.
set(_violations "")
function(_candor_check dirs regex what)
    set(_files "")
    foreach(_dir IN LISTS dirs)
        file(GLOB_RECURSE _found "${SOURCE_DIR}/${_dir}/*.h" "${SOURCE_DIR}/${_dir}/*.hpp" "${SOURCE_DIR}/${_dir}/*.cpp")
        list(APPEND _files ${_found})
    endforeach()
    foreach(_f IN LISTS _files)
        file(RELATIVE_PATH _rel "${SOURCE_DIR}" "${_f}")
        if(_rel MATCHES "^core/store/" AND what MATCHES "^SQL")
            continue()
        endif()
        file(STRINGS "${_f}" _hits REGEX "${regex}")
        if(_hits)
            list(APPEND _violations "${_rel}: ${what}: ${_hits}")
        endif()
    endforeach()
    set(_violations "${_violations}" PARENT_SCOPE)
endfunction()

_candor_check("core;widgets" "#include[ \t]*[<\"](torch|ATen|c10)/" "torch outside models")
_candor_check("core" "#include[ \t]*[<\"](QtWidgets|QtCharts|QWidget|QMainWindow|QDialog|QMessageBox|QChart)" "core must not include widgets")
_candor_check("models" "#include[ \t]*[<\"](Q[A-Z][A-Za-z]*|Qt[A-Za-z]*/)" "models must not include Qt")
# Every quoted include names its layer from the repository root (generated .moc files excepted).
function(_candor_check_prefixes dirs)
    foreach(_dir IN LISTS dirs)
        file(GLOB_RECURSE _files "${SOURCE_DIR}/${_dir}/*.h" "${SOURCE_DIR}/${_dir}/*.hpp" "${SOURCE_DIR}/${_dir}/*.cpp")
        foreach(_f IN LISTS _files)
            file(STRINGS "${_f}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
            foreach(_line IN LISTS _includes)
                string(REGEX REPLACE "^[^\"]*\"([^\"]*)\".*$" "\\1" _path "${_line}")
                if(NOT _path MATCHES "^(core|models|widgets|app|tools|bench|tests)/" AND NOT _path MATCHES "\\.moc$")
                    file(RELATIVE_PATH _rel "${SOURCE_DIR}" "${_f}")
                    list(APPEND _violations "${_rel}: include without its layer (write it from the repository root): ${_path}")
                endif()
            endforeach()
        endforeach()
    endforeach()
    set(_violations "${_violations}" PARENT_SCOPE)
endfunction()
_candor_check_prefixes("core;models;widgets;app;tools;bench;tests")
_candor_check("core" "#include[ \t]*\"(widgets|app|models)/" "core includes a layer above it")
_candor_check("widgets" "#include[ \t]*\"(app|models)/" "widgets include app or models")
_candor_check("models" "#include[ \t]*\"(core/(store|formats|jobs|domain|image|ocr|sample|i18n|report|text/CodePoints)|widgets|app)" "models include Qt layers")
_candor_check("app/jobs" "#include[ \t]*\"widgets/" "app/jobs include widgets")
_candor_check("core;widgets;app;models;tools"
    "QSqlQuery|QSqlDatabase|StoreConnection\\.h|sql::(prepare|exec|scalar)" "SQL outside core/store (a direct database call)")
_candor_check("core;widgets;app;models;tools"
    "(FROM|JOIN|INTO|UPDATE|TABLE)[ \t]+(items|annotations|labels|label_schemas|posts|media|model_versions|model_files|jobs|meta|facets|item_summary|item_labels|text_search|ocr_words|image_maps)([ \t;,)]|$)"
    "SQL outside core/store (a statement on a project table)")
# core/metrics and core/text (but its Qt face, CodePoints) are plain C++ libraries that models links.
_candor_check(core/metrics "#include[ \t]*[<\"](Q[A-Z][A-Za-z]*|Qt[A-Za-z]*/)" "core/metrics must not include Qt")
file(GLOB _candor_text_files "${SOURCE_DIR}/core/text/*.h" "${SOURCE_DIR}/core/text/*.cpp")
foreach(_f IN LISTS _candor_text_files)
    if(NOT _f MATCHES "/CodePoints\\.(h|cpp)$")
        file(STRINGS "${_f}" _hits REGEX "#include[ \t]*[<\"](Q[A-Z][A-Za-z]*|Qt[A-Za-z]*/)")
        if(_hits)
            file(RELATIVE_PATH _rel "${SOURCE_DIR}" "${_f}")
            list(APPEND _violations "${_rel}: candor_text must not include Qt: ${_hits}")
        endif()
    endif()
endforeach()
if(_violations)
    foreach(_v IN LISTS _violations)
        message(SEND_ERROR "layering: ${_v}")
    endforeach()
    message(FATAL_ERROR "layering violations found")
endif()
