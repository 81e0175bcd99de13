#!/bin/sh
# plumb: petitecloud destroy host=linux hypervisor=virtualbox guest=linux
# from: virtualbox/destroy.plumb
set -eu
VBoxManage unregistervm fbsd1 --delete
