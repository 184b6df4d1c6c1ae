#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#define F(n) static double f##n(double x){double s=0;for(int i=0;i<n*7;i++){s+=sin(x*i)/(1+i);if(s>n)s-=cos(s);}return s;}
F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11) F(12) F(13) F(14) F(15) F(16) F(17) F(18) F(19) F(20)
struct node { struct node *l, *r; char key[32]; int val; };
static struct node *ins(struct node *t, const char *k, int v){ if(!t){t=calloc(1,sizeof *t);strncpy(t->key,k,31);t->val=v;return t;} int c=strcmp(k,t->key); if(c<0)t->l=ins(t->l,k,v); else if(c>0)t->r=ins(t->r,k,v); else t->val=v; return t;}
int main(int argc,char**argv){ struct node*t=0; char b[32]; for(int i=0;i<1000;i++){snprintf(b,sizeof b,"k%d",i*7919%1000);t=ins(t,b,i);} 
 printf("%f\n", f1(1)+f2(2)+f3(3)+f4(4)+f5(5)+f6(6)+f7(7)+f8(8)+f9(9)+f10(10)+f11(11)+f12(12)+f13(13)+f14(14)+f15(15)+f16(16)+f17(17)+f18(18)+f19(19)+f20(20)); return t!=0;}
