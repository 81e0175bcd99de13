#!/bin/sh
# plumb: petitecloud status host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/status.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage showvminfo win1 --machinereadable | grep -q '^VMState="running"$'
