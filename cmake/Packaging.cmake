# cpack -G DEB: a Debian package with the desktop entry, AppStream metainfo, icon and the
# MIME type that makes a double-click on a .iroi file open it.
include(GNUInstallDirs)
install(FILES packaging/influence-roi.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/io.github.influenceroi.InfluenceROI.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES packaging/influence-roi-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME influence-roi.xml)
install(FILES resources/icons/influence-roi.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES resources/icons/influence-roi.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
        RENAME application-x-influence-roi.svg)

set(CPACK_PACKAGE_NAME influence-roi)
set(CPACK_PACKAGE_VENDOR "Influence ROI")
set(CPACK_PACKAGE_CONTACT "Influence ROI developers <dev@influence-roi.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
