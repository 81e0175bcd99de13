#!/bin/sh
# plumb: petitecloud create-disk host=linux hypervisor=virtualbox guest=openbsd
# from: virtualbox/create-disk.plumb
set -eu
VBoxManage createmedium disk --filename=/vm/fbsd1/disk0.img --size=20480 --format=VDI
