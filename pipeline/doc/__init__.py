"""The record types, their JSON form and schemas: what every stage passes on."""
