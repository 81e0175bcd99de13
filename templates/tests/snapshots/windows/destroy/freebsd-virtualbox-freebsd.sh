#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=virtualbox guest=freebsd
# from: virtualbox/destroy.plumb
set -eu
VBoxManage unregistervm win1 --delete
