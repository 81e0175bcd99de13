#!/bin/sh
# plumb: petitecloud resize-disk host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/resize-disk.plumb
set -eu
VBoxManage modifymedium disk /vm/fbsd1/disk0.img --resize 20480
