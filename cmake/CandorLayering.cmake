# The dependency direction app -> widgets -> core and app -> models is a rule of the architecture.
# It is enforced at configure time (fails the build) and again as a test (catches edits after configure).
set(CANDOR_LAYERING_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/CheckLayering.cmake")
execute_process(
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -P ${CANDOR_LAYERING_SCRIPT}
    RESULT_VARIABLE _candor_layering_result)
if(NOT _candor_layering_result EQUAL 0)
    message(FATAL_ERROR "Layering check failed (see above)")
endif()
