#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/start.plumb
set -eu
VBoxManage storageattach fbsd1 --storagectl=SATA --port=1 --device=0 --type=dvddrive --medium=emptydrive
VBoxManage startvm fbsd1 --type headless
