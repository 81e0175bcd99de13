#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=virtualbox guest=openbsd
# from: virtualbox/destroy.plumb
set -eu
VBoxManage unregistervm fbsd1 --delete
