#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/destroy.plumb
set -eu
VBoxManage unregistervm win1 --delete
