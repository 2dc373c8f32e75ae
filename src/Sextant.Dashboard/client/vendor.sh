#!/usr/bin/env bash
# Refreshes the vendored chart library: installs the pinned uPlot from npm and copies its built files and licence into
# ../Page/vendor (committed; embedded in Sextant.Dashboard.dll). Run after changing the version in package.json.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --ignore-scripts
version=$(node -p "require('./node_modules/uplot/package.json').version")
out=../Page/vendor
mkdir -p "$out"
cp node_modules/uplot/dist/uPlot.iife.min.js "$out/uPlot.iife.min.js"
cp node_modules/uplot/dist/uPlot.min.css "$out/uPlot.min.css"
cp node_modules/uplot/LICENSE "$out/uPlot.LICENSE.txt"
printf 'uPlot %s (MIT), from the npm package "uplot"; refreshed by src/Sextant.Dashboard/client/vendor.sh\n' "$version" > "$out/VERSION.txt"
echo "vendored uPlot $version into $out"
