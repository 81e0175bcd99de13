#!/bin/sh
# plumb: petitecloud modify host=freebsd hypervisor=virtualbox guest=openbsd
# from: virtualbox/modify.plumb
set -eu
VBoxManage modifyvm win1 --memory=8192 --cpus=2
