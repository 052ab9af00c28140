#!/usr/bin/env bash
# Makes a self-contained prefix with everything anomalens-cli needs besides
# LibTorch, for a GPU machine that has a CUDA LibTorch (e.g. inside PyTorch)
# but none of Debian's packages and no network: a minimal shared FFmpeg built
# from Debian's source (only the decoders, demuxers and the MPEG-4 encoder the
# tool uses; no external libraries, so it runs on any x86-64 glibc system),
# plus SQLite, SQLiteCpp, nlohmann-json and CLI11 from this machine's packages.
# Run on Debian 12 after installer/install-deps.sh; copy the prefix along and
# point build-cuda.sh at it with ANOMALENS_DEPS=PREFIX.
#
# Usage: installer/gpu/make-deps.sh PREFIX
set -euo pipefail
prefix=$(realpath -m "${1:?usage: make-deps.sh PREFIX}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$prefix"/{include,lib}

# Debian's FFmpeg source (deb-src through a private source list, so the
# system's apt configuration stays as it is).
mkdir -p "$work/apt/parts" "$work/apt/lists/partial"
cat >"$work/apt/parts/debian-src.sources" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt_options=(-oDir::Etc::SourceList=/dev/null "-oDir::Etc::SourceParts=$work/apt/parts" "-oDir::State::Lists=$work/apt/lists")
apt-get "${apt_options[@]}" -qq update
(cd "$work" && apt-get "${apt_options[@]}" -qq source --download-only ffmpeg)
tar -C "$work" -xf "$work"/ffmpeg_*.orig.tar.xz
(cd "$work"/ffmpeg-*/ &&
  ./configure --prefix="$prefix" --disable-everything --disable-programs --disable-doc --disable-network \
    --disable-autodetect --disable-x86asm --enable-shared --disable-static --enable-pic \
    --disable-avdevice --disable-avfilter --disable-swresample --disable-postproc --enable-swscale \
    --enable-decoder=mjpeg,bmp,h264,hevc,mpeg4,rawvideo \
    --enable-demuxer=image2,mov,matroska,avi,rawvideo,h264,hevc,m4v \
    --enable-parser=h264,hevc,mpeg4video,mjpeg --enable-encoder=mpeg4 \
    --enable-muxer=mp4,mov,matroska,avi --enable-protocol=file >"$work/ffmpeg-build.log" 2>&1 &&
  make -j"$(nproc)" >>"$work/ffmpeg-build.log" 2>&1 && make install >>"$work/ffmpeg-build.log" 2>&1) ||
  { tail -30 "$work/ffmpeg-build.log"; echo "FFmpeg did not build" >&2; exit 1; }
rm -rf "$prefix"/share/ffmpeg

# Header-only libraries and static SQLite(Cpp), with their CMake configs
# (relocatable: they find their files relative to themselves).
multiarch=lib/x86_64-linux-gnu
mkdir -p "$prefix/$multiarch/cmake" "$prefix/share/cmake"
cp -r /usr/include/nlohmann /usr/include/CLI /usr/include/SQLiteCpp /usr/include/sqlite3.h "$prefix/include/"
cp -r /usr/share/cmake/nlohmann_json /usr/share/cmake/CLI11 "$prefix/share/cmake/"
cp -r /usr/$multiarch/cmake/SQLiteCpp "$prefix/$multiarch/cmake/"
cp /usr/$multiarch/libSQLiteCpp.a /usr/$multiarch/libsqlite3.a "$prefix/$multiarch/"
strip --strip-debug "$prefix/$multiarch"/*.a "$prefix"/lib/lib*.so.*.*
du -sh "$prefix"
