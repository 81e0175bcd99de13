#!/bin/sh
# plumb: petitecloud rollback host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/rollback.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage snapshot fbsd1 restore installed
