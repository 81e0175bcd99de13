#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/start.plumb
set -eu
VBoxManage storageattach win1 --storagectl=SATA --port=1 --device=0 --type=dvddrive --medium=/vm/iso/Win10_22H2_English_x64.iso
VBoxManage startvm win1 --type headless
