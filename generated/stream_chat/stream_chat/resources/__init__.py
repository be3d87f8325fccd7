"""The API's namespaces; reach them as attributes of the client (`client.channels`)."""
