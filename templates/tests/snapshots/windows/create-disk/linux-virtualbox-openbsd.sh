#!/bin/sh
# plumb: petitecloud create-disk host=linux hypervisor=virtualbox guest=openbsd
# from: virtualbox/create-disk.plumb
set -eu
VBoxManage createmedium disk --filename=/vm/win1/c.img --size=65536 --format=VDI
