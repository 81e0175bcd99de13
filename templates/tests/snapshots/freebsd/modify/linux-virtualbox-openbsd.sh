#!/bin/sh
# plumb: petitecloud modify host=linux hypervisor=virtualbox guest=openbsd
# from: virtualbox/modify.plumb
set -eu
VBoxManage modifyvm fbsd1 --memory=2048 --cpus=2
