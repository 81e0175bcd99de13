#!/bin/sh
# plumb: petitecloud modify host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/modify.plumb
set -eu
VBoxManage modifyvm web1 --memory=1024 --cpus=2
