#!/bin/sh
# plumb: petitecloud snapshot host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/snapshot.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage snapshot fbsd1 take installed
