# The Debian package (`cpack` in a build folder, or installer/package.sh):
# anomalens_<version>-1_<arch>.deb installing to /usr. The programs find the
# shipped model relative to their executable (/usr/bin/../share/anomalens/models),
# so the prefix is all that changes between the build tree and the package.
#
# Depends = what dpkg-shlibdeps reads off the binaries' linked libraries, plus
# what the programs load at run time without linking it, which it cannot see:
#   - the Qt SQLite driver (a Qt plugin; the review window opens cases with it),
#   - the threaded OpenBLAS: LibTorch links the generic libblas.so.3, which the
#     reference BLAS also provides (10x slower); this pulls in the fast one
#     through the alternatives system.
# Debian 12's libqt6gui6 carries the xcb and offscreen platform plugins itself,
# and QCustomPlot is a linked library, so both come in through shlibdeps.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME anomalens)
set(CPACK_PACKAGE_VENDOR "Anomalens")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "forensic review of CCTV footage with anomaly detection")
set(CPACK_PACKAGE_DESCRIPTION
  "Anomalens learns what is normal for a camera and shows the reviewer what is
not: a model trained on ordinary footage scores every frame, the review window
shows the anomaly curve under the video, jumps between flagged events and
overlays heat maps. Imported files are hashed (SHA-256) and every action is
kept in a hash-chained audit log inside one case file (.alcase).
.
This package contains the review window (anomalens), the command line
(anomalens-cli) and the built-in sample model.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Anomalens developers <dev@anomalens.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(_anomalens_runtime_depends "libopenblas0-pthread | libopenblas0-openmp")
if(ANOMALENS_BUILD_GUI)
  string(PREPEND _anomalens_runtime_depends "libqt6sql6-sqlite, ")
endif()
# dpkg-shlibdeps' result is appended to this list.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_anomalens_runtime_depends}")
# Refreshing the MIME, desktop and icon caches needs no maintainer script:
# shared-mime-info, desktop-file-utils and the icon theme do it from dpkg
# triggers on the folders the package installs into. xdg-utils is only for
# opening a case from a file manager or a shell (xdg-open).
# fonts-noto-cjk: the Korean, Chinese and Japanese translations show as boxes without a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")

include(CPack)
