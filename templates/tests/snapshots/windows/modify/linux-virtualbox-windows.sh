#!/bin/sh
# plumb: petitecloud modify host=linux hypervisor=virtualbox guest=windows
# from: virtualbox/modify.plumb
set -eu
VBoxManage modifyvm win1 --memory=8192 --cpus=2
