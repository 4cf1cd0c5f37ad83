# What `cmake --install` puts where (GNUInstallDirs, so --prefix and DESTDIR work as usual), and
# the Debian package CPack makes of it: `cpack -G DEB` in the build directory.

install(TARGETS tend RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES man/tend.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES man/tend-config.5 DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)

# Each shell's standard place for completions that load by themselves.
install(FILES completions/tend.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME tend)
install(FILES completions/_tend DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES completions/tend.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples
        USE_SOURCE_PERMISSIONS)

set(TEND_PACKAGE_MAINTAINER "The tend authors <maintainers@tend.invalid>"
    CACHE STRING "The Maintainer field of the Debian package: Name <email>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tend)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The tend authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "between-session companion for therapy clients")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TEND_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries the binary links decide the Depends line (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libedit is opened at run time when a prompt is shown, and ICU when an old Daylio export's month
# names are read, so dpkg-shlibdeps does not see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libedit2, libicu${TEND_ICU_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description; CPack puts the summary above it and formats it for the control file.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "tend keeps the work a therapy client does between sessions in one private local
SQLite file: daily mood ratings, guided reflections after a session, homework
with check-offs and streaks, and prep for the next session. The frequent actions
are one short command with no prompts; listings and reports come out as text,
Markdown or JSON.

The package holds the tend program, its manual pages tend(1) and tend-config(5),
and completion for bash, zsh and fish.")
include(CPack)
