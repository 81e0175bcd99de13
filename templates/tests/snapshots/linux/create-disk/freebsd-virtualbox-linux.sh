#!/bin/sh
# plumb: petitecloud create-disk host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/create-disk.plumb
set -eu
VBoxManage createmedium disk --filename=/vm/web1/root.img --size=16384 --format=VDI
VBoxManage createmedium disk --filename=/vm/web1/data.img --size=16384 --format=VDI
