#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/start.plumb
set -eu
VBoxManage storageattach web1 --storagectl=SATA --port=2 --device=0 --type=dvddrive --medium=emptydrive
VBoxManage startvm web1 --type headless
