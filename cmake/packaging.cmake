# Installs plancheck in the usual places (cmake --install) and builds a Debian package with CPack
# (scripts/package.sh, or cpack -G DEB in a build folder):
#   bin/plancheck
#   share/bash-completion/completions/plancheck, share/zsh/vendor-completions/_plancheck
#   share/man/man1/plancheck.1.gz   (from the program's own --help, by packaging/man-page.sh)
#   share/plancheck/templates/, share/plancheck/schema/*.schema.json,
#   share/doc/plancheck/README.md and copyright (plancheck's licence and those of what it links)

include(GNUInstallDirs)
# Installing and packaging take what is built and never build (so cpack in the tests' build folder
# is quick): build first, as scripts/package.sh does.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS plancheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES completions/plancheck.bash RENAME plancheck
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES completions/_plancheck DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(DIRECTORY templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/plancheck/templates
        PATTERN ".*" EXCLUDE PATTERN "*~" EXCLUDE)
install(FILES schema/plan.schema.json schema/log.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/plancheck/schema)
install(FILES README.md packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The man page is built with the program (target man_page) whenever help2man is there.
find_program(PLANCHECK_HELP2MAN help2man)
if(PLANCHECK_HELP2MAN)
  set(man_page "${CMAKE_BINARY_DIR}/plancheck.1")
  add_custom_command(
    OUTPUT "${man_page}" "${man_page}.gz"
    COMMAND bash "${PROJECT_SOURCE_DIR}/packaging/man-page.sh" "$<TARGET_FILE:plancheck>" "${man_page}"
    COMMAND gzip -9nkf "${man_page}"
    DEPENDS plancheck "${PROJECT_SOURCE_DIR}/packaging/man-page.sh"
    COMMENT "Writing the man page plancheck.1 with help2man")
  add_custom_target(man_page ALL DEPENDS "${man_page}" "${man_page}.gz")
  install(FILES "${man_page}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found: no man page (bash scripts/setup.sh installs it)")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plancheck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "plancheck developers <plancheck@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checks an annual work plan against its activity ledger")
set(CPACK_PACKAGE_DESCRIPTION
    "plancheck reads an office's annual work plan (工作要点) and its ledger (台账), both YAML files, and tells \
which quotas are met, overdue or still open. It records ledger entries, writes the monthly briefing from a \
Mustache template and starts new plan repositories.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # plancheck_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
set(CPACK_STRIP_FILES ON)
# The runtime libraries, as dpkg-shlibdeps finds them in the binary; the same by hand without it.
find_program(PLANCHECK_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(PLANCHECK_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.34), libfmt9 (>= 9.1.0), libstdc++6 (>= 12), libgcc-s1, libutf8proc2 (>= 2.5.0), libxlsxwriter4, libzip4, libexpat1, libyaml-0-2, libical3, libpcre2-8-0, libedit2")
endif()
include(CPack)
