# ctest: every translation catalogue holds every user-visible text of the
# sources, translated, and nothing obsolete. Runs lupdate on a copy of each
# catalogue, so the sources stay untouched.
# The sources and include paths are the update_translations target's own
# lupdate project (qt_add_translations in app/), turned into JSON here.
#   cmake -DLUPDATE=... -DPROJECT_IN=... -DGENERATE_PROJECT=... -DWORK_DIR=...
#         -DTS_FILES="a.ts;b.ts" -P CheckTranslations.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(project_json ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project_json}
    -P ${GENERATE_PROJECT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot write the lupdate project from ${PROJECT_IN}")
endif()
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name ${ts} NAME)
    file(READ ${ts} before)
    foreach(state unfinished obsolete vanished)
        string(FIND "${before}" "type=\"${state}\"" at)
        if(NOT at EQUAL -1)
            message(SEND_ERROR "${name}: has ${state} entries; translate them")
            set(failed TRUE)
        endif()
    endforeach()
    set(copy ${WORK_DIR}/${name})
    configure_file(${ts} ${copy} COPYONLY)
    execute_process(COMMAND ${LUPDATE} -project ${project_json} -ts ${copy} -locations none
        OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name}: lupdate failed: ${out}")
    endif()
    string(REGEX MATCH "\\(([0-9]+) new and" new "${out}")
    if(NOT CMAKE_MATCH_1 EQUAL 0)
        message(SEND_ERROR "${name}: ${CMAKE_MATCH_1} texts of the sources are missing; run the update_translations target and translate them")
        set(failed TRUE)
    endif()
    file(READ ${copy} after)
    string(FIND "${after}" "type=\"obsolete\"" at)
    string(FIND "${after}" "type=\"vanished\"" gone)
    if(NOT at EQUAL -1 OR NOT gone EQUAL -1)
        message(SEND_ERROR "${name}: holds texts the sources no longer have; run update_translations")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete")
endif()
