# SPDX-License-Identifier: GPL-3.0-or-later
# Product names and versions in one place (used by the app, the server, packaging and docs).
set(WARROOM_VERSION 0.1.0)
set(WARROOM_APP_ID io.github.warroom.Warroom)
set(WARROOM_ORG_NAME Warroom)
set(WARROOM_ORG_DOMAIN warroom.github.io)
set(WARROOM_HOMEPAGE https://github.com/warroom/warroom)
