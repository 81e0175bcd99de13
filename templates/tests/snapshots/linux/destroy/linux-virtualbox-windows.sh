#!/bin/sh
# plumb: petitecloud destroy host=linux hypervisor=virtualbox guest=windows
# from: virtualbox/destroy.plumb
set -eu
VBoxManage unregistervm web1 --delete
