#!/usr/bin/env bash
# Renders every desktop screen (English and Korean) to docs/screenshots/*.png, headless, from the
# real views against an in-process demo server. Needs a Korean font for Hangul (Debian: fonts-nanum).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests install -pl shop-desktop -am
# every renderer: ScreenshotTest and the feature ones (ClockScreenshotTest, WarrantyScreenshotTest, ...)
./mvnw -B -pl shop-desktop test -Dtest='*ScreenshotTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscreenshots=docs/screenshots
ls -l docs/screenshots/*.png
