package org.geoprospect;
public final class Main { public static void main(String[] a) {} }
