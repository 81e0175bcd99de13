#!/bin/sh
# plumb: petitecloud modify host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/modify.plumb
set -eu
VBoxManage modifyvm win1 --memory=8192 --cpus=2
