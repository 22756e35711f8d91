#!/usr/bin/env bash
# Builds app-images and Linux .deb packages of the Shop Suite server and desktop app with jpackage,
# each with its own Java runtime (users install no JDK). Run after `./mvnw -B -DskipTests package`
# (or through Maven: ./mvnw -B -Ppackages -pl installer -am package -DskipTests).
# Output: installer/target/image/{shop-server,shop-desktop} and installer/target/packages/*.deb
# PACKAGE_TYPES="app-image" skips the .deb files; on Windows/macOS see docs/install.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/target"
version="${SHOP_VERSION:-0.1.0}"
types="${PACKAGE_TYPES:-app-image deb}"

# A jpackage that can link a runtime: JPACKAGE, a JDK with jmods, or JDK 24+ (links from its own image).
find_jpackage() {
  if [ -n "${JPACKAGE:-}" ]; then echo "$JPACKAGE"; return; fi
  for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/*; do
    [ -x "$jdk/bin/jpackage" ] || continue
    major=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
    if [ -n "$(ls -A "$jdk/jmods" 2>/dev/null)" ] || [ "${major%%.*}" -ge 24 ] 2>/dev/null; then
      echo "$jdk/bin/jpackage"; return
    fi
  done
  echo "no usable jpackage: install openjdk-17-jmods or a JDK 24+, or set JPACKAGE" >&2
  exit 1
}
jpackage="$(find_jpackage)"
echo "using $jpackage"

server_jar="$root/shop-server/target/shop-server.jar"
desktop_jar="$root/shop-desktop/target/shop-desktop-0.1.0-SNAPSHOT.jar"
[ -f "$server_jar" ] && [ -f "$desktop_jar" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }

rm -rf "$out/input-server" "$out/input-desktop" "$out/javafx" "$out/image" "$out/packages"
mkdir -p "$out/input-server" "$out/input-desktop" "$out/javafx" "$out/image" "$out/packages"
cp "$server_jar" "$out/input-server/"
cp "$here/linux/server/shop-server.service" "$here/linux/server/shop-server.properties" \
   "$here/app-content/README-install.txt" "$root/LICENSE" "$root/NOTICE" "$out/input-server/"
cp "$desktop_jar" "$out/input-desktop/shop-desktop.jar"
cp "$root/LICENSE" "$root/NOTICE" "$out/input-desktop/"
for jar in "$root"/shop-desktop/target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$out/javafx/" ;;
    javafx-*) ;;  # the empty platform-independent stubs
    *) cp "$jar" "$out/input-desktop/" ;;
  esac
done

common=(--app-version "$version" --vendor "Shop Suite" --copyright "Shop Suite contributors"
        --dest "$out/image")
"$jpackage" --type app-image --name shop-server "${common[@]}" \
  --description "Shop Suite server: repair receipts, jobs, parts and invoices" \
  --input "$out/input-server" --main-jar shop-server.jar --main-class org.shopsuite.server.ShopServer \
  --add-modules java.base,java.sql,java.naming,java.management,java.desktop,java.logging,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.zipfs \
  --java-options "-Xmx96m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m"
"$jpackage" --type app-image --name shop-desktop "${common[@]}" \
  --description "Shop Suite desktop app" --icon "$here/linux/desktop/shop-desktop.png" \
  --input "$out/input-desktop" --main-jar shop-desktop.jar --main-class org.shopsuite.desktop.Launcher \
  --module-path "$out/javafx" --add-modules javafx.controls,javafx.fxml,java.se,jdk.unsupported,jdk.crypto.ec

if [[ " $types " == *" deb "* ]]; then
  "$jpackage" --type deb --name shop-server --app-image "$out/image/shop-server" --dest "$out/packages" \
    --app-version "$version" --vendor "Shop Suite" --description "Shop Suite server (systemd service)" \
    --resource-dir "$here/linux/server" --linux-package-name shop-server \
    --linux-app-category misc --linux-deb-maintainer "shop-suite@localhost" \
    --linux-package-deps "adduser, systemd"
  "$jpackage" --type deb --name shop-desktop --app-image "$out/image/shop-desktop" --dest "$out/packages" \
    --app-version "$version" --vendor "Shop Suite" --description "Shop Suite desktop app" \
    --icon "$here/linux/desktop/shop-desktop.png" --linux-package-name shop-desktop \
    --linux-shortcut --linux-menu-group "Office" --linux-app-category misc \
    --linux-deb-maintainer "shop-suite@localhost" \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, fonts-nanum | fonts-noto-cjk"
fi
# Windows (needs WiX 3 on the PATH) and macOS: the same script, other package types. Not tested
# on these machines (they are Linux); see docs/install.md.
if [[ " $types " == *" msi "* ]]; then
  for app in shop-server shop-desktop; do
    "$jpackage" --type msi --name "$app" --app-image "$out/image/$app" --dest "$out/packages" \
      --app-version "$version" --vendor "Shop Suite" --win-menu --win-menu-group "Shop Suite" \
      --win-shortcut --win-dir-chooser --win-upgrade-uuid "$( [ "$app" = shop-server ] \
        && echo 6d7e1c1e-5b9a-4a57-9a57-3f0d2a8b1c01 || echo 6d7e1c1e-5b9a-4a57-9a57-3f0d2a8b1c02 )"
  done
fi
if [[ " $types " == *" dmg "* ]]; then
  for app in shop-server shop-desktop; do
    "$jpackage" --type dmg --name "$app" --app-image "$out/image/$app" --dest "$out/packages" \
      --app-version "$version" --vendor "Shop Suite"
  done
fi
du -sh "$out"/image/* "$out"/packages/* 2>/dev/null || true
