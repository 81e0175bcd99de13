#!/bin/sh
# plumb: petitecloud modify host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/modify.plumb
set -eu
VBoxManage modifyvm fbsd1 --memory=2048 --cpus=2
